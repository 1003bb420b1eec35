/**
 * Community: each practice's directory of community resources (organizations, their services and locations) that
 * social needs are referred to, imported from and exported to Open Referral HSDS packages, edited by administrators,
 * and searched by need, ZIP code, language and opening hours with the ranking explained in words.
 * <p>
 * The directory is reference data, not patient data: it names no patient and needs no patient gate, and it is kept
 * per practice because community directories are regional and practices stay apart. Referring a patient to a
 * service and following the referral to its outcome is the {@code referral} module's, which depends on this one and
 * not the other way round: the two change for different reasons (a directory is curated by administrators from a
 * regional 211 export; a referral is a care manager's work with one patient under the patient gate), and keeping
 * the directory free of patient data keeps it importable, exportable and shareable as it is.
 * <p>
 * Rooms: the root is the API ({@link org.careloop.community.CommunityDirectory} to search and edit,
 * {@link org.careloop.community.DirectoryPackages} to import and export HSDS); {@code internal} holds the storage,
 * the HSDS reading and writing and the ranking policies; {@code web} the pages and the JSON API.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity"})
package org.careloop.community;
