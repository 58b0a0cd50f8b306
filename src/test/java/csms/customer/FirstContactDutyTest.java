package csms.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import csms.shared.RuleViolation;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The first-contact duty on the customer aggregate: started by an assignment, fulfilled by the owner's contact. */
class FirstContactDutyTest {

    private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
    private static final Duration WEEK = Duration.ofDays(7);
    private static final long AGENT = 11;
    private static final long OTHER = 22;

    private static Customer customer() {
        return new Customer(CustomerKind.PERSON, "张三", CustomerSource.PHONE, "tester", T0.minus(Duration.ofDays(30)));
    }

    @Test
    void anAssignmentStartsADutyDueAfterTheGivenPeriod() {
        Customer c = customer();
        c.assignTo(AGENT, T0, WEEK);

        assertThat(c.getOwnerId()).isEqualTo(AGENT);
        assertThat(c.getFirstContactDueAt()).isEqualTo(T0.plus(WEEK));
        assertThat(c.isFirstContactPending()).isTrue();
        assertThat(c.isFirstContactOverdue(T0.plus(WEEK))).isFalse();
        assertThat(c.isFirstContactOverdue(T0.plus(WEEK).plusSeconds(1))).isTrue();
    }

    @Test
    void theOwnersContactAfterTheAssignmentFulfilsTheDuty() {
        Customer c = customer();
        c.assignTo(AGENT, T0, WEEK);
        Instant contacted = T0.plus(Duration.ofDays(2));
        c.recordContact(AGENT, contacted, contacted);

        assertThat(c.isFirstContactPending()).isFalse();
        assertThat(c.getFirstContactedAt()).isEqualTo(contacted);
        assertThat(c.isFirstContactOverdue(T0.plus(Duration.ofDays(30)))).isFalse();
    }

    @Test
    void contactsBeforeTheAssignmentDoNotCount() {
        Customer c = customer();
        c.assignTo(AGENT, T0, WEEK);
        c.recordContact(AGENT, T0.minus(Duration.ofHours(1)), T0.plusSeconds(60));

        assertThat(c.isFirstContactPending()).isTrue();
        assertThat(c.getLastContactedAt()).isEqualTo(T0.minus(Duration.ofHours(1)));
    }

    @Test
    void aContactBySomeoneElseDoesNotFulfilTheOwnersDuty() {
        Customer c = customer();
        c.assignTo(AGENT, T0, WEEK);
        c.recordContact(OTHER, T0.plusSeconds(60), T0.plusSeconds(60));

        assertThat(c.isFirstContactPending()).isTrue();
    }

    @Test
    void reassignmentStartsANewDutyForTheNewOwner() {
        Customer c = customer();
        c.assignTo(AGENT, T0, WEEK);
        c.recordContact(AGENT, T0.plusSeconds(60), T0.plusSeconds(60));
        Instant later = T0.plus(Duration.ofDays(10));
        c.assignTo(OTHER, later, Duration.ofDays(3));

        assertThat(c.isFirstContactPending()).isTrue();
        assertThat(c.getFirstContactedAt()).isNull();
        assertThat(c.getFirstContactDueAt()).isEqualTo(later.plus(Duration.ofDays(3)));
        c.recordContact(AGENT, later.plusSeconds(60), later.plusSeconds(60));
        assertThat(c.isFirstContactPending()).as("the previous owner's contact does not count").isTrue();
    }

    @Test
    void assigningToTheCurrentOwnerIsRefused() {
        Customer c = customer();
        c.assignTo(AGENT, T0, WEEK);

        assertThatThrownBy(() -> c.assignTo(AGENT, T0.plusSeconds(5), WEEK)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("customer.assignment.already-owner");
    }

    @Test
    void anOverdueDutyIsMarkedOnlyOnce() {
        Customer c = customer();
        c.assignTo(AGENT, T0, WEEK);

        assertThat(c.markFirstContactOverdue(T0.plus(Duration.ofDays(6)))).as("not yet due").isFalse();
        Instant late = T0.plus(Duration.ofDays(8));
        assertThat(c.markFirstContactOverdue(late)).isTrue();
        assertThat(c.markFirstContactOverdue(late.plusSeconds(300))).isFalse();
        assertThat(c.getFirstContactOverdueAt()).isEqualTo(late);
    }

    @Test
    void aLateFirstContactStillFulfilsTheDuty() {
        Customer c = customer();
        c.assignTo(AGENT, T0, WEEK);
        Instant late = T0.plus(Duration.ofDays(9));
        c.markFirstContactOverdue(late);
        c.recordContact(AGENT, late, late);

        assertThat(c.isFirstContactPending()).isFalse();
        assertThat(c.isFirstContactOverdue(late.plusSeconds(60))).isFalse();
    }

    @Test
    void unassigningEndsTheDuty() {
        Customer c = customer();
        c.assignTo(AGENT, T0, WEEK);
        c.unassign(T0.plusSeconds(60));

        assertThat(c.isFirstContactPending()).isFalse();
        assertThat(c.markFirstContactOverdue(T0.plus(Duration.ofDays(30)))).isFalse();
    }
}
