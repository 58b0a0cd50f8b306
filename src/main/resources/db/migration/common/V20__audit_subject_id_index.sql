-- The audit page filters by subject id alone (e.g. a customer number); without this it would scan the trail.
CREATE INDEX audit_entry_by_subject_id ON audit_entry (subject_id, occurred_at);
