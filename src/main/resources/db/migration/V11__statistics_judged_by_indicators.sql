-- CCHC Dashboard schema, version 11: a ratio of the statistics table may name the indicator of the library whose
-- target judges it, so that a report states "chiếm 82,28% …; chỉ tiêu năm 2026: từ 85% trở lên" from the units'
-- figures without the target being typed twice. NULL for counts and for ratios no document sets a target for.

ALTER TABLE statistic_item ADD COLUMN indicator_code VARCHAR(30) REFERENCES indicator (code);

UPDATE statistic_item SET indicator_code = 'HS_DUNG_HAN' WHERE code = 'HS_DUNG_HAN';
UPDATE statistic_item SET indicator_code = 'HS_TRE_HAN' WHERE code = 'HS_TRE_HAN';
UPDATE statistic_item SET indicator_code = 'HS_TRUC_TUYEN' WHERE code = 'HS_TRUC_TUYEN';
UPDATE statistic_item SET indicator_code = 'THANH_TOAN_TT' WHERE code = 'TT_TRUC_TUYEN';
UPDATE statistic_item SET indicator_code = 'SO_HOA' WHERE code = 'HS_SO_HOA';
UPDATE statistic_item SET indicator_code = 'KQ_TAI_SU_DUNG' WHERE code = 'KQ_DIEN_TU';
