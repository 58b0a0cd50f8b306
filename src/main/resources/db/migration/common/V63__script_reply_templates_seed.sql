-- The telephone phrases of the rulebook (电话应答礼貌用语规范, §1 六; the question beyond the agent's knowledge,
-- §3), with the document's XX / X先生/女士 / ××× as placeholders.
INSERT INTO reply_template (title, situation, body, updated_by, version) VALUES
('招呼语', 'GREETING', '您好,{organisation}{centre},{agent.number}号为您服务。', 'system', 0),
('结束语(已答复)', 'CLOSING_ANSWERED', '请问还有什么帮您的吗?{customer.surname}{customer.title},感谢您的来电,再见!', 'system', 0),
('结束语(不能马上答复)', 'CLOSING_PENDING', '{customer.surname}{customer.title},我们的工作人员会尽快给您回复的,感谢您的来电,再见!', 'system', 0),
('客户致谢时', 'REPLY_TO_THANKS', '不用客气,感谢您的来电,再见!', 'system', 0),
('无声电话', 'SILENT_CALL', '您好!{centre}为您服务,请问有什么可以帮到您?', 'system', 0),
('无声电话(结束)', 'SILENT_CALL', '对不起,您的电话没有声音,请您换一个电话再打过来,再见!', 'system', 0),
('电话杂音大', 'NOISY_LINE', '对不起,{customer.title},您的电话听不清楚,请您大点声,好吗?', 'system', 0),
('电话杂音大(结束)', 'NOISY_LINE', '对不起,{customer.title},您的电话听不清楚,请您换个电话再打过来,再见!', 'system', 0),
('内部电话', 'INTERNAL_CALL', '您好,{centre},我是{agent.number}号,请问有什么帮到您?', 'system', 0),
('打错电话', 'WRONG_NUMBER', '对不起,这里是{organisation}{centre},请您查正后再拨。再见!', 'system', 0),
('声音太小', 'LOW_VOICE', '对不起,请您大声些,好吗?', 'system', 0),
('核对信息', 'READ_BACK', '您好,与您核对信息,请您确认。', 'system', 0),
('超出解答能力', 'BEYOND_KNOWLEDGE', '对不起,您提的问题我马上给您查一下,请您留下电话号码,我查清楚后马上给您复电话,您看行吗?', 'system', 0);
