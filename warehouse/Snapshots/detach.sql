detach bi_snapshot;
