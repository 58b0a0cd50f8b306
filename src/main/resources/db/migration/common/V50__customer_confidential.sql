-- Confidential customers 保密客户 (CUS-6): only the owner's team (and supervisors and above) know such a record
-- exists. Lists and search filter on the flag in the search index; this index serves the database side: the
-- confidential customers of an owner (their department moves, merge candidates, the caller look-up).
ALTER TABLE customer ADD COLUMN confidential BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX customer_confidential_by_owner ON customer (confidential, owner_id);
