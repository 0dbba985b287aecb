package io.govreport.launcher;

/** A part of the system did not come up; the message names it and shows the end of its log. */
public final class StartupException extends RuntimeException {
    StartupException(ChildProcess child, String problem) {
        super(child.name() + " " + problem + " (log: " + child.log() + ")" + System.lineSeparator()
                + "---- last lines of " + child.log().getFileName() + " ----" + System.lineSeparator()
                + child.logTail(40));
    }
}
