package io.govreport.extractor.input;

/**
 * The bytes are not a text report in any encoding the extractor reads (binary, or not UTF-8/GB18030), or a .pdf or
 * .docx file holds no readable text.
 */
public class UndecodableInputException extends Exception {

    public UndecodableInputException(String message) {
        super(message);
    }
}
