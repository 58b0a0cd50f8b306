package csms.service;

/**
 * What the service module copies of a customer: the name for lists, the rank that sorts big and important-agreement
 * customers first (CUS-3) and the department a confidential customer's requests are restricted to (CUS-6).
 */
record CustomerFacts(long id, String name, int rank, Long restrictedDepartmentId) {
}
