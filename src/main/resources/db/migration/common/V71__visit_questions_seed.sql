-- VIS-3: accuracy, timeliness, service attitude (scores 1–5), other dissatisfaction and suggestions (text).
INSERT INTO visit_question (kind, position, text, answer_type) VALUES
    ('SERVICE', 1, '准确性：我们的答复是否准确？', 'SCORE'),
    ('SERVICE', 2, '及时性：我们的处理是否及时？', 'SCORE'),
    ('SERVICE', 3, '服务态度：您对服务态度是否满意？', 'SCORE'),
    ('SERVICE', 4, '其他不满意之处', 'TEXT'),
    ('SERVICE', 5, '您的建议', 'TEXT'),
    ('COMPLAINT_FOLLOW_UP', 1, '准确性：处理结果是否解决了您的问题？', 'SCORE'),
    ('COMPLAINT_FOLLOW_UP', 2, '及时性：处理是否及时？', 'SCORE'),
    ('COMPLAINT_FOLLOW_UP', 3, '服务态度：您对处理人员的态度是否满意？', 'SCORE'),
    ('COMPLAINT_FOLLOW_UP', 4, '其他不满意之处', 'TEXT'),
    ('COMPLAINT_FOLLOW_UP', 5, '您的建议', 'TEXT');
