DROP INDEX resources_by_change;
DROP INDEX organisations_by_change;
DROP INDEX questions_by_change;
DROP INDEX events_by_change;
DROP INDEX people_by_change;
DROP INDEX groups_by_change;
DROP TABLE deletions;
