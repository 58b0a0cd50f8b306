package csms.customer.internal;

import csms.customer.Customer;
import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

/** Only active customers are in the search index: a record merged into another drops out (CUS-4, CUS-9). */
public class ActiveCustomerRouting implements RoutingBinder {

    @Override
    public void bind(RoutingBindingContext context) {
        context.dependencies().use("mergedIntoId");
        context.bridge(Customer.class, new Bridge());
    }

    static class Bridge implements RoutingBridge<Customer> {

        @Override
        public void route(DocumentRoutes routes, Object id, Customer customer, RoutingBridgeRouteContext context) {
            if (customer.isMerged()) {
                routes.notIndexed();
            } else {
                routes.addRoute();
            }
        }

        @Override
        public void previousRoutes(DocumentRoutes routes, Object id, Customer customer,
                RoutingBridgeRouteContext context) {
            // Without routing keys there is one place a document can be: delete or update it there.
            routes.addRoute();
        }
    }
}
