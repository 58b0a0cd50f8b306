-- Scheduled visits (VIS-3 periodic, VIS-4 regular, VIS-5 special; ADR 0012): a visit belongs to a period or an
-- occasion, and a customer owes one visit per kind and period key, even when two nodes generate at once. Visits
-- planned from events keep a null key (distinct in the unique constraint).
ALTER TABLE return_visit ADD COLUMN period_key VARCHAR(40);
ALTER TABLE return_visit ADD CONSTRAINT return_visit_once_per_period UNIQUE (customer_id, kind, period_key);

-- The customers who get the periodic satisfaction visit (VIS-3): members only by default (the 100% rule is about
-- member customers); kinds and grade codes as comma-separated lists, empty for any.
CREATE TABLE visit_segment (
    purpose VARCHAR(30) PRIMARY KEY,
    members_only BOOLEAN NOT NULL,
    kinds VARCHAR(100) NOT NULL DEFAULT '',
    grade_codes VARCHAR(500) NOT NULL DEFAULT '',
    version BIGINT NOT NULL DEFAULT 0
);
INSERT INTO visit_segment (purpose, members_only, kinds, grade_codes) VALUES ('PERIODIC', TRUE, '', '');

-- VIS-4: the regular visit's questionnaire (satisfaction with the cooperation, problems met; VIS-7: few questions).
INSERT INTO visit_question (kind, position, text, answer_type) VALUES
    ('REGULAR', 1, '合作满意度：您对目前的合作是否满意？', 'SCORE'),
    ('REGULAR', 2, '合作中遇到的问题', 'TEXT'),
    ('REGULAR', 3, '您的联系方式或需求是否有变化？', 'TEXT'),
    ('REGULAR', 4, '您的建议', 'TEXT');

-- VIS-3: the periodic satisfaction visit asks what a service visit asks (accuracy, timeliness, attitude, …).
INSERT INTO visit_question (kind, position, text, answer_type) VALUES
    ('PERIODIC', 1, '准确性：我们的答复是否准确？', 'SCORE'),
    ('PERIODIC', 2, '及时性：我们的处理是否及时？', 'SCORE'),
    ('PERIODIC', 3, '服务态度：您对服务态度是否满意？', 'SCORE'),
    ('PERIODIC', 4, '其他不满意之处', 'TEXT'),
    ('PERIODIC', 5, '您的建议', 'TEXT');
