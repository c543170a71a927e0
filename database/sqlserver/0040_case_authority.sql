-- Rõ thẩm quyền, the sixth of the "six clears" of an assignment: whose authority the resolution rests on, e.g.
-- "Chủ tịch UBND phường". Null for cases assigned before it was asked, and for cases not assigned.

ALTER TABLE cases ADD authority nvarchar(300) NULL;
