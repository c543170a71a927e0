-- The group leader's satisfaction with the reply, given when they accept it (close the case): 1 to 5 and an
-- optional comment. Optional (accepting without a rating stays possible); a closed case is never reopened, so a case
-- carries at most one rating, never changed. The close event's details repeat it for the history.
ALTER TABLE cases ADD COLUMN rating INTEGER CHECK (rating BETWEEN 1 AND 5);
ALTER TABLE cases ADD COLUMN rating_comment TEXT;
ALTER TABLE cases ADD COLUMN rated_at TEXT;
