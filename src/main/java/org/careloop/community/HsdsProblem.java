package org.careloop.community;

/**
 * What is wrong in an HSDS package, where: the file, the row (the header is row 1, the first entry row 2, as a
 * spreadsheet numbers them; 0 for the file as a whole), the column (null for a whole row or file) and the problem.
 */
public record HsdsProblem(String file, long row, String column, String problem) {

    @Override
    public String toString() {
        return file + (row > 0 ? " row " + row : "") + (column == null ? "" : " column " + column) + ": " + problem;
    }
}
