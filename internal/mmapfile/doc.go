// Package mmapfile maps the caches gloss writes (the compiled matchers, kagome's lean
// dictionary) read-only into memory, so that a process counts only the pages it reads, and
// evicts a file just written from the page cache, where large folios would otherwise be
// mapped whole at the first byte read.
//
//	mmapfile.Evict(f)            // after writing and before renaming f into place
//	data, err := mmapfile.Map(path)
//	if err != nil { … read the file another way … }
//	defer mmapfile.Unmap(data)   // only if nothing points into data any more
//
// Where the system has no mmap, Map reads the file and Evict does nothing.
package mmapfile
