//go:build !linux

package serve

import "time"

func threadCPU() time.Duration { return 0 }
