package csms.customer.web;

import csms.customer.CustomerFilter;

/**
 * The parameters of an export: the format ({@code xlsx}, the default, or {@code csv}), the list page's filters
 * (owner: {@code me}, {@code unassigned} or a user id) and its sort.
 */
record CustomerExportQuery(String format, String q, Long grade, Boolean member, Boolean bigCustomer,
        Boolean importantAgreement, String owner, Boolean incomplete, Boolean refreshDue, String sort) {

    /** The list filter these parameters describe, for the signed-in user {@code me}. */
    CustomerFilter filter(long me) {
        CustomerFilter filter = CustomerFilter.of(q, grade, member, bigCustomer, importantAgreement, owner, incomplete,
                me);
        return Boolean.TRUE.equals(refreshDue) ? filter.dueForRefresh() : filter;
    }
}
