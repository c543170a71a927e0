-- The activity log (GET /api/activity) reads case and reply events newest first across the ward, by date range and
-- by actor: one index each way per table, so a page is an index walk, not a scan of every event.
CREATE INDEX ix_case_events_occurred ON case_events (occurred_at, id);
CREATE INDEX ix_case_events_actor ON case_events (actor, occurred_at, id);
CREATE INDEX ix_reply_events_occurred ON reply_events (occurred_at, id);
CREATE INDEX ix_reply_events_actor ON reply_events (actor, occurred_at, id);
