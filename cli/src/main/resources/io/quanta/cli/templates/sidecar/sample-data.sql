-- Sample rows of {{table}}, to try the quantum before the writing program fills it (see README.md).
INSERT INTO {{table}} (id, name, status, amount, updated_at) VALUES
  (1, 'First record', 'active', 120.00, CURRENT_TIMESTAMP(6)),
  (2, 'Second record', 'active', 75.50, CURRENT_TIMESTAMP(6)),
  (3, 'Third record', 'inactive', NULL, CURRENT_TIMESTAMP(6));
