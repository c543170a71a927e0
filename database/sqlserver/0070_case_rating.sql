-- The group leader's satisfaction with the reply, given when they accept it (close the case): 1 to 5 and an
-- optional comment. Optional (accepting without a rating stays possible); a closed case is never reopened, so a case
-- carries at most one rating, never changed. The close event's details repeat it for the history.
ALTER TABLE cases ADD
    rating         int               NULL CONSTRAINT ck_cases_rating CHECK (rating BETWEEN 1 AND 5),
    rating_comment nvarchar(1000)    NULL,
    rated_at       datetimeoffset(7) NULL;
