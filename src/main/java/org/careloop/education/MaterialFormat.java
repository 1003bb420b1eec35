package org.careloop.education;

/** How a material reaches the patient: a handout to read (printed or e-mailed), a video, or a web page. */
public enum MaterialFormat {
    HANDOUT, VIDEO, WEB_PAGE
}
