package org.careloop.education;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One material of the education library: its title, the condition or topic it teaches, its language (ISO 639-1),
 * its format, the public-domain page it is based on, its plain-language text and the reading level computed from
 * that text. Shipped materials ({@code practiceId} null) serve every practice; an administrator's additions serve
 * their practice.
 */
public record EducationMaterial(String id, String title, String topic, String language, MaterialFormat format,
                                Source source, String text, ReadingLevel readingLevel, UUID practiceId) {

    /** Where the facts come from, cited: "MedlinePlus: High Blood Pressure" and its address. */
    public record Source(String name, String url) {
    }

    /** One piece of the text as printed: a heading, a paragraph, or an item of a list. */
    public record Block(Kind kind, String text) {

        /** What the piece is. */
        public enum Kind { HEADING, PARAGRAPH, ITEM }
    }

    /** Whether the material ships with CareLoop (as opposed to being added by a practice's administrator). */
    public boolean shipped() {
        return practiceId == null;
    }

    /**
     * The text in blocks: a line starting with "# " is a heading, one starting with "- " an item of a list, and
     * other lines run together into paragraphs until a blank line, a heading or a list.
     */
    public List<Block> blocks() {
        List<Block> blocks = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            boolean heading = line.startsWith("# ");
            boolean item = line.startsWith("- ");
            if (line.isEmpty() || heading || item) {
                flush(paragraph, blocks);
            }
            if (heading) {
                blocks.add(new Block(Block.Kind.HEADING, line.substring(2).strip()));
            } else if (item) {
                blocks.add(new Block(Block.Kind.ITEM, line.substring(2).strip()));
            } else if (!line.isEmpty()) {
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(line);
            }
        }
        flush(paragraph, blocks);
        return blocks;
    }

    private static void flush(StringBuilder paragraph, List<Block> blocks) {
        if (!paragraph.isEmpty()) {
            blocks.add(new Block(Block.Kind.PARAGRAPH, paragraph.toString()));
            paragraph.setLength(0);
        }
    }
}
