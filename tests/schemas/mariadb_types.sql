-- MariaDB's own types: uuid (10.7+), inet4 (10.10+), inet6 (10.5+). Loaded only on MariaDB.
CREATE TABLE devices (
  id UUID NOT NULL PRIMARY KEY,
  ip4 INET4 NOT NULL,
  ip6 INET6 NOT NULL UNIQUE,
  label VARCHAR(40) NOT NULL
);
CREATE TABLE device_pings (
  id INT AUTO_INCREMENT PRIMARY KEY,
  device_id UUID NOT NULL,
  seen_at DATETIME NOT NULL,
  CONSTRAINT fk_ping_device FOREIGN KEY (device_id) REFERENCES devices(id)
);
