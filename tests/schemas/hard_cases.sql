-- Schemas no one wrote for seeder: every hard case of issue 2 in one database (MySQL 8 and MariaDB).

CREATE TABLE categories (                       -- nullable self-reference: a tree
  id INT AUTO_INCREMENT PRIMARY KEY,
  parent_id INT NULL,
  name VARCHAR(80) NOT NULL,
  CONSTRAINT fk_cat_parent FOREIGN KEY (parent_id) REFERENCES categories(id)
);

CREATE TABLE employees (                        -- NOT NULL self-reference: roots point at themselves
  id INT AUTO_INCREMENT PRIMARY KEY,
  manager_id INT NOT NULL,
  full_name VARCHAR(100) NOT NULL,
  email VARCHAR(120) NOT NULL UNIQUE,
  CONSTRAINT fk_emp_mgr FOREIGN KEY (manager_id) REFERENCES employees(id)
);

CREATE TABLE departments (                      -- two-table cycle through a nullable FK
  id INT AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(60) NOT NULL,
  head_person_id INT NULL
);
CREATE TABLE people (
  id INT AUTO_INCREMENT PRIMARY KEY,
  department_id INT NOT NULL,
  first_name VARCHAR(40) NOT NULL,
  CONSTRAINT fk_people_dept FOREIGN KEY (department_id) REFERENCES departments(id)
);
ALTER TABLE departments ADD CONSTRAINT fk_dept_head FOREIGN KEY (head_person_id) REFERENCES people(id);

CREATE TABLE hens (                             -- a NOT NULL cycle: keys chosen before insert
  id INT AUTO_INCREMENT PRIMARY KEY,
  egg_id INT NOT NULL,
  name VARCHAR(30) NOT NULL
);
CREATE TABLE eggs (
  id INT AUTO_INCREMENT PRIMARY KEY,
  hen_id INT NOT NULL,
  laid_at DATETIME NOT NULL,
  CONSTRAINT fk_egg_hen FOREIGN KEY (hen_id) REFERENCES hens(id)
);
ALTER TABLE hens ADD CONSTRAINT fk_hen_egg FOREIGN KEY (egg_id) REFERENCES eggs(id);

CREATE TABLE ring_a (                           -- a three-table cycle through a nullable FK, no back edge
  id INT AUTO_INCREMENT PRIMARY KEY,
  ring_c_id INT NULL
);
CREATE TABLE ring_b (
  id INT AUTO_INCREMENT PRIMARY KEY,
  ring_a_id INT NOT NULL,
  CONSTRAINT fk_ring_b_a FOREIGN KEY (ring_a_id) REFERENCES ring_a(id)
);
CREATE TABLE ring_c (
  id INT AUTO_INCREMENT PRIMARY KEY,
  ring_b_id INT NOT NULL,
  CONSTRAINT fk_ring_c_b FOREIGN KEY (ring_b_id) REFERENCES ring_b(id)
);
ALTER TABLE ring_a ADD CONSTRAINT fk_ring_a_c FOREIGN KEY (ring_c_id) REFERENCES ring_c(id);

CREATE TABLE orders (                           -- composite primary key and a composite FK to it
  region CHAR(2) NOT NULL,
  order_no INT UNSIGNED NOT NULL,
  placed_at DATETIME(6) NOT NULL,
  total DECIMAL(10,2) NOT NULL,
  PRIMARY KEY (region, order_no)
);
CREATE TABLE order_lines (
  region CHAR(2) NOT NULL,
  order_no INT UNSIGNED NOT NULL,
  line_no SMALLINT UNSIGNED NOT NULL,
  quantity INT NOT NULL,
  PRIMARY KEY (region, order_no, line_no),
  CONSTRAINT fk_line_order FOREIGN KEY (region, order_no) REFERENCES orders(region, order_no)
);

CREATE TABLE projects (id INT AUTO_INCREMENT PRIMARY KEY, title VARCHAR(120) NOT NULL);
CREATE TABLE memberships (                      -- composite unique over two FKs
  id INT AUTO_INCREMENT PRIMARY KEY,
  employee_id INT NOT NULL,
  project_id INT NOT NULL,
  role ENUM('owner','editor','viewer') NOT NULL,
  UNIQUE KEY uq_member (employee_id, project_id),
  CONSTRAINT fk_m_emp FOREIGN KEY (employee_id) REFERENCES employees(id),
  CONSTRAINT fk_m_proj FOREIGN KEY (project_id) REFERENCES projects(id)
);

CREATE TABLE tiers (                            -- an enum-only unique: 3 rows at most
  id INT AUTO_INCREMENT PRIMARY KEY,
  tier ENUM('gold','silver','bronze') NOT NULL,
  UNIQUE KEY uq_tier (tier)
);
CREATE TABLE tiny_keys (                        -- a tinyint key: 127 rows at most
  id TINYINT NOT NULL PRIMARY KEY,
  label VARCHAR(20) NOT NULL
);

CREATE TABLE all_types (                        -- every MySQL column type
  id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
  t_tiny TINYINT NOT NULL, t_tiny_u TINYINT UNSIGNED NOT NULL,
  t_small SMALLINT NOT NULL, t_small_u SMALLINT UNSIGNED NOT NULL,
  t_medium MEDIUMINT NOT NULL, t_medium_u MEDIUMINT UNSIGNED NOT NULL,
  t_int INT NOT NULL, t_int_u INT UNSIGNED NOT NULL,
  t_big BIGINT NOT NULL, t_big_u BIGINT UNSIGNED NOT NULL,
  t_bool BOOLEAN NOT NULL,
  t_dec DECIMAL(5,2) NOT NULL, t_dec_frac DECIMAL(3,3) NOT NULL, t_dec_wide DECIMAL(65,30) NOT NULL,
  t_float FLOAT NOT NULL, t_double DOUBLE NOT NULL,
  t_bit1 BIT(1) NOT NULL, t_bit64 BIT(64) NOT NULL,
  t_date DATE NOT NULL, t_datetime DATETIME(6) NOT NULL, t_ts TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  t_time TIME NOT NULL, t_year YEAR NOT NULL,
  t_char CHAR(3) NOT NULL, t_varchar VARCHAR(7) NOT NULL,
  t_binary BINARY(16) NOT NULL, t_varbinary VARBINARY(4) NOT NULL,
  t_tinyblob TINYBLOB NOT NULL, t_blob BLOB NOT NULL, t_mediumblob MEDIUMBLOB, t_longblob LONGBLOB,
  t_tinytext TINYTEXT NOT NULL, t_text TEXT NOT NULL, t_mediumtext MEDIUMTEXT, t_longtext LONGTEXT,
  t_enum ENUM('a','b''c','d e') NOT NULL, t_set SET('x','y','z') NOT NULL,
  t_json JSON NOT NULL,
  t_point POINT NULL,
  t_gen_virtual INT AS (t_int + 1) VIRTUAL,
  t_gen_stored BIGINT AS (t_int * 2) STORED
);

CREATE TABLE event_log (                        -- no primary key at all
  happened_at DATETIME NOT NULL,
  level ENUM('info','warn','error') NOT NULL,
  message VARCHAR(255) NOT NULL,
  employee_id INT NULL                          -- an undeclared reference: inferred
);

CREATE TABLE notes (                            -- a polymorphic pair
  id INT AUTO_INCREMENT PRIMARY KEY,
  noteable_type ENUM('project','employee') NOT NULL,
  noteable_id INT NOT NULL,
  body TEXT NOT NULL,
  created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
);
