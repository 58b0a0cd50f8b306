-- Return-visit reports (RPT-3, RPT-4): the satisfaction analysis reads the visits done in a period (by visit time),
-- the summary report the visits planned in a period.
CREATE INDEX return_visit_by_visited ON return_visit (status, visited_at);
CREATE INDEX return_visit_by_planned ON return_visit (planned_at);
