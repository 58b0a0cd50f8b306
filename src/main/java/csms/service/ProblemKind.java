package csms.service;

/** What the investigation found (CMP-3): a quality problem goes to its owner, a service problem to a specialist. */
public enum ProblemKind {
    QUALITY, SERVICE, OTHER
}
