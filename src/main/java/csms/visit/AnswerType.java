package csms.visit;

/** A questionnaire answer is a score from 1 to 5 or a short text (VIS-3). */
public enum AnswerType {
    SCORE, TEXT
}
