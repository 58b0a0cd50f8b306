-- The script library's first revision, from the rulebook (电话应答礼貌用语规范 §1 六, 回访规范及用语 §1 七,
-- 接听电话礼仪规范 §3 6.1, 电话营销沟通技巧 §4): the document's XX / X先生/女士 / ××× as placeholders. A step waits
-- wait_seconds for the customer (稍停, 坚持10秒) and is said `times` times (无回答再重复两次).
INSERT INTO script (code, title, situation, branch, revision, updated_by, version) VALUES
('GREETING', '招呼语', 'GREETING', NULL, 1, 'system', 0),
('ADDRESSING', '中途称呼', 'ADDRESSING', NULL, 1, 'system', 0),
('POLITE_WORDS', '礼貌用语', 'POLITE_WORDS', NULL, 1, 'system', 0),
('CLOSING_ANSWERED', '结束语（已答复）', 'CLOSING_ANSWERED', NULL, 1, 'system', 0),
('CLOSING_PENDING', '结束语（不能马上答复）', 'CLOSING_PENDING', NULL, 1, 'system', 0),
('REPLY_TO_THANKS', '客户致谢时', 'REPLY_TO_THANKS', NULL, 1, 'system', 0),
('SILENT_CALL', '无声电话', 'SILENT_CALL', NULL, 1, 'system', 0),
('NOISY_LINE', '电话杂音大', 'NOISY_LINE', NULL, 1, 'system', 0),
('INTERNAL_CALL', '内部电话', 'INTERNAL_CALL', NULL, 1, 'system', 0),
('WRONG_NUMBER', '打错电话', 'WRONG_NUMBER', NULL, 1, 'system', 0),
('LOW_VOICE', '声音太小', 'LOW_VOICE', NULL, 1, 'system', 0),
('READ_BACK', '核对信息', 'READ_BACK', NULL, 1, 'system', 0),
('ANGRY_CUSTOMER', '客户情绪激动', 'ANGRY_CUSTOMER', NULL, 1, 'system', 0),
('DIALECT', '客户讲方言', 'DIALECT', NULL, 1, 'system', 0),
('BEYOND_KNOWLEDGE', '超出解答能力', 'BEYOND_KNOWLEDGE', NULL, 1, 'system', 0),
('VISIT_OPENING', '回访开场白', 'VISIT_OPENING', NULL, 1, 'system', 0),
('VISIT_FOLLOW_SATISFIED', '回访追问（满意）', 'VISIT_OPENING', 'SATISFIED', 1, 'system', 0),
('VISIT_FOLLOW_AVERAGE', '回访追问（一般）', 'VISIT_OPENING', 'AVERAGE', 1, 'system', 0),
('VISIT_FOLLOW_UNSATISFIED', '回访追问（不满意）', 'VISIT_OPENING', 'UNSATISFIED', 1, 'system', 0),
('VISIT_CLOSING_SATISFIED', '回访结束语（满意）', 'VISIT_CLOSING', 'SATISFIED', 1, 'system', 0),
('VISIT_CLOSING_AVERAGE', '回访结束语（一般）', 'VISIT_CLOSING', 'AVERAGE', 1, 'system', 0),
('VISIT_CLOSING_UNSATISFIED', '回访结束语（不满意）', 'VISIT_CLOSING', 'UNSATISFIED', 1, 'system', 0),
('TELEMARKETING_OPENING', '电话营销开场白', 'TELEMARKETING_OPENING', NULL, 1, 'system', 0);
INSERT INTO script_step (script_id, step_no, body, wait_seconds, times)
SELECT id, 0, '您好，{organisation}{centre}，{agent.number}号为您服务，请问有什么可以帮到您？', CAST(NULL AS INT), CAST(NULL AS INT) FROM script WHERE code = 'GREETING'
UNION ALL SELECT id, 0, '{customer.surname}{customer.title}，您好！', CAST(NULL AS INT), CAST(NULL AS INT) FROM script WHERE code = 'ADDRESSING'
UNION ALL SELECT id, 0, '您好、请问、对不起、请稍等、谢谢、不用客气。', CAST(NULL AS INT), CAST(NULL AS INT) FROM script WHERE code = 'POLITE_WORDS'
UNION ALL SELECT id, 0, '请问还有什么可以帮您的吗？', CAST(NULL AS INT), CAST(NULL AS INT) FROM script WHERE code = 'CLOSING_ANSWERED'
UNION ALL SELECT id, 1, '{customer.surname}{customer.title}，感谢您的来电，再见！', CAST(NULL AS INT), CAST(NULL AS INT) FROM script WHERE code = 'CLOSING_ANSWERED'
UNION ALL SELECT id, 0, '{customer.surname}{customer.title}，我们的工作人员会尽快给您回复的，感谢您的来电，再见！', CAST(NULL AS INT), CAST(NULL AS INT) FROM script WHERE code = 'CLOSING_PENDING'
UNION ALL SELECT id, 0, '不用客气，感谢您的来电，再见！', CAST(NULL AS INT), CAST(NULL AS INT) FROM script WHERE code = 'REPLY_TO_THANKS'
UNION ALL SELECT id, 0, '您好！{centre}为您服务，请问有什么可以帮到您？', CAST(3 AS INT), CAST(NULL AS INT) FROM script WHERE code = 'SILENT_CALL'
UNION ALL SELECT id, 1, '您好！这里是{centre}，请问有什么可以帮到您？', CAST(3 AS INT), CAST(2 AS INT) FROM script WHERE code = 'SILENT_CALL'
UNION ALL SELECT id, 2, '对不起，您的电话没有声音，请您换一个电话再打过来，再见！', CAST(NULL AS INT), CAST(NULL AS INT) FROM script WHERE code = 'SILENT_CALL'
UNION ALL SELECT id, 0, '对不起，{customer.title}，您的电话听不清楚，请您大点声，好吗？', CAST(10 AS INT), CAST(NULL AS INT) FROM script WHERE code = 'NOISY_LINE'
UNION ALL SELECT id, 1, '对不起，{customer.title}，您的电话听不清楚，请您换个电话再打过来，再见！', CAST(NULL AS INT), CAST(NULL AS INT) FROM script WHERE code = 'NOISY_LINE'
UNION ALL SELECT id, 0, '您好，{centre}，我是{agent.number}号，请问有什么可以帮到您？', CAST(NULL AS INT), CAST(NULL AS INT) FROM script WHERE code = 'INTERNAL_CALL'
UNION ALL SELECT id, 0, '对不起，这里是{organisation}{centre}，请您查正后再拨。再见！', CAST(NULL AS INT), CAST(NULL AS INT) FROM script WHERE code = 'WRONG_NUMBER'
UNION ALL SELECT id, 0, '对不起，请您大声些，好吗？', CAST(NULL AS INT), CAST(NULL AS INT) FROM script WHERE code = 'LOW_VOICE'
UNION ALL SELECT id, 0, '您好，与您核对信息，请您确认。', CAST(NULL AS INT), CAST(NULL AS INT) FROM script WHERE code = 'READ_BACK'
UNION ALL SELECT id, 0, '我非常理解您的心情，希望我们心平气和地交谈，将问题尽快解决。', CAST(NULL AS INT), CAST(NULL AS INT) FROM script WHERE code = 'ANGRY_CUSTOMER'
UNION ALL SELECT id, 1, '{customer.surname}{customer.title}，请您说一下具体遇到了什么问题，我马上为您处理。', CAST(NULL AS INT), CAST(NULL AS INT) FROM script WHERE code = 'ANGRY_CUSTOMER'
UNION ALL SELECT id, 0, '对不起，{customer.title}，请您用普通话讲，或者尽量讲慢一点，好吗？', CAST(NULL AS INT), CAST(NULL AS INT) FROM script WHERE code = 'DIALECT'
UNION ALL SELECT id, 1, '请您留下电话号码，我们请能听懂方言的同事给您回电话，好吗？', CAST(NULL AS INT), CAST(NULL AS INT) FROM script WHERE code = 'DIALECT'
UNION ALL SELECT id, 0, '对不起，您提的问题我马上给您查一下，请您留下电话号码，我查清楚后马上给您复电话，您看可以吗？', CAST(NULL AS INT), CAST(NULL AS INT) FROM script WHERE code = 'BEYOND_KNOWLEDGE'
UNION ALL SELECT id, 0, '您好，我是{organisation}的客服代表，{agent.number}号，请问您是{customer.surname}{customer.title}吗？打扰您了。', CAST(NULL AS INT), CAST(NULL AS INT) FROM script WHERE code = 'VISIT_OPENING'
UNION ALL SELECT id, 1, '您在{date}办理了{service}，请问您对我们的服务满意吗？', CAST(NULL AS INT), CAST(NULL AS INT) FROM script WHERE code = 'VISIT_OPENING'
UNION ALL SELECT id, 0, '您对我们的服务有什么建议吗？', CAST(NULL AS INT), CAST(NULL AS INT) FROM script WHERE code = 'VISIT_FOLLOW_SATISFIED'
UNION ALL SELECT id, 0, '能否告诉我您对哪方面不满意吗？我们应改进哪方面的工作？', CAST(NULL AS INT), CAST(NULL AS INT) FROM script WHERE code = 'VISIT_FOLLOW_AVERAGE'
UNION ALL SELECT id, 0, '能否告诉我您对哪方面不满意吗？我们应改进哪方面的工作？', CAST(NULL AS INT), CAST(NULL AS INT) FROM script WHERE code = 'VISIT_FOLLOW_UNSATISFIED'
UNION ALL SELECT id, 0, '感谢您的答复，您如果需要什么帮助，可随时跟我们取得联系，祝您{wish}，再见！', CAST(NULL AS INT), CAST(NULL AS INT) FROM script WHERE code = 'VISIT_CLOSING_SATISFIED'
UNION ALL SELECT id, 0, '非常谢谢您的反映，这一点我们的确做得不够，我们很快就会有改进，希望您监督，祝您{wish}，再见！', CAST(NULL AS INT), CAST(NULL AS INT) FROM script WHERE code = 'VISIT_CLOSING_AVERAGE'
UNION ALL SELECT id, 0, '非常谢谢您的反映，这一点我们的确做得不够，我们很快就会有改进，希望您监督，祝您{wish}，再见！', CAST(NULL AS INT), CAST(NULL AS INT) FROM script WHERE code = 'VISIT_CLOSING_UNSATISFIED'
UNION ALL SELECT id, 0, '您好，{customer.surname}{customer.title}，我是{organisation}{centre}的客服代表，工号{agent.number}。', CAST(NULL AS INT), CAST(NULL AS INT) FROM script WHERE code = 'TELEMARKETING_OPENING'
UNION ALL SELECT id, 1, '今天给您来电，是想向您简单介绍一下{service}，只占用您两分钟时间。', CAST(NULL AS INT), CAST(NULL AS INT) FROM script WHERE code = 'TELEMARKETING_OPENING';
INSERT INTO script_revision (script_id, revision, title, situation, branch, edited_by)
SELECT id, 1, title, situation, branch, 'system' FROM script;
INSERT INTO script_revision_step (revision_id, step_no, body, wait_seconds, times)
SELECT r.id, s.step_no, s.body, s.wait_seconds, s.times FROM script_step s JOIN script_revision r ON r.script_id = s.script_id;
