package csms.customer.internal;

import csms.customer.Customer;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds the customer search index at start-up when it is empty while the archive is not (a new node, a lost or
 * deleted index directory): the mass indexer reads every active customer from the database.
 */
@Component
public class CustomerIndexBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CustomerIndexBootstrap.class);

    private final EntityManagerFactory entityManagerFactory;
    private final CustomerRepository customers;
    private final TransactionTemplate readOnly;

    @PersistenceContext
    private EntityManager entityManager;

    CustomerIndexBootstrap(EntityManagerFactory entityManagerFactory, CustomerRepository customers,
            PlatformTransactionManager transactions) {
        this.entityManagerFactory = entityManagerFactory;
        this.customers = customers;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        rebuildIfEmpty();
    }

    /** Rebuilds the index if it has no documents while active customers exist; true when it did. */
    public boolean rebuildIfEmpty() throws InterruptedException {
        Long indexed = readOnly.execute(s -> Search.session(entityManager).search(Customer.class)
                .where(f -> f.matchAll()).fetchTotalHitCount());
        Long active = readOnly.execute(s -> customers.countByMergedIntoIdIsNull());
        if (indexed == null || active == null || indexed > 0 || active == 0) {
            return false;
        }
        log.info("Customer search index is empty while {} active customers exist: rebuilding it", active);
        long started = System.nanoTime();
        Search.mapping(entityManagerFactory).scope(Customer.class).massIndexer()
                .threadsToLoadObjects(2).batchSizeToLoadObjects(100).startAndWait();
        log.info("Customer search index rebuilt in {} ms", (System.nanoTime() - started) / 1_000_000);
        return true;
    }
}
