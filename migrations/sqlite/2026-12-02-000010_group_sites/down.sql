DROP TABLE group_sites;
