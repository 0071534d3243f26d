-- Writes what the write-ahead log holds into the database file and empties the log.
checkpoint;
