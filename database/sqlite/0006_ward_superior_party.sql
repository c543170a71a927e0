-- The upper-level Party organisation a ward's Party documents print above its own committee, e.g.
-- "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI" above "ĐẢNG ỦY PHƯỜNG YÊN HÒA". Null prints nothing there.

ALTER TABLE wards ADD COLUMN superior_party TEXT;
