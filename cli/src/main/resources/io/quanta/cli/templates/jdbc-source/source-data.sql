-- A source database to try {{title}} with: run it as an administrator of a MySQL or MariaDB server,
-- then point SOURCE_JDBC_URL at that server's database {{database}}_source (README.md).
CREATE DATABASE IF NOT EXISTS {{database}}_source;
CREATE TABLE IF NOT EXISTS {{database}}_source.{{table}} (
  id BIGINT PRIMARY KEY,
  name VARCHAR(200) NOT NULL,
  category VARCHAR(32) NOT NULL,
  amount DECIMAL(12,2) NULL
);
REPLACE INTO {{database}}_source.{{table}} (id, name, category, amount) VALUES
  (1, '  Atlas of the Oceans', 'Books', 34.90),
  (2, 'Chess Set', 'GAMES', 59.00),
  (3, 'Jazz Standards', 'music', 12.50),
  (4, 'Puzzle 1000 pieces', 'Games', 18.75),
  (5, 'Field Guide to Birds ', 'books', 27.00),
  (6, 'Kite', 'toys', NULL),
  (7, 'Harmonica', 'Music', 22.40),
  (8, 'Wooden Train', 'Toys', 45.00);
