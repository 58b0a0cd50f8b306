package csms.script;

/** The customer's answer a return-visit script follows (VIS-2): satisfied, average or unsatisfied. */
public enum ScriptBranch {
    SATISFIED,
    AVERAGE,
    UNSATISFIED
}
