-- An employee's pay profile (PAY-5 … PAY-7): post wage, agent in a group or other staff with a level, rank for the
-- comprehensive allowance, hire date for the seniority subsidy, the first month after the trial period (PAY-6).
CREATE TABLE pay_profile (
    user_id BIGINT PRIMARY KEY,
    post_wage DECIMAL(12, 2) NOT NULL,
    pay_kind VARCHAR(20) NOT NULL,
    staff_level VARCHAR(20) NOT NULL,
    hired_on DATE,
    trial_until DATE,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version BIGINT NOT NULL DEFAULT 0
);
