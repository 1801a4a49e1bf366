package mmapfile

import "unsafe"

// Bytes returns the memory of s as bytes, to write an array to a file that Map reads back.
func Bytes[T any](s []T) []byte {
	if len(s) == 0 {
		return nil
	}
	var zero T
	return unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(s))), len(s)*int(unsafe.Sizeof(zero)))
}

// Slice returns b, which must be aligned for T (a mapping is page-aligned; keep each array
// at an offset that is a multiple of its element's size), as a []T; nil when shorter than
// one element.
func Slice[T any](b []byte) []T {
	var zero T
	size := int(unsafe.Sizeof(zero))
	if len(b) < size {
		return nil
	}
	return unsafe.Slice((*T)(unsafe.Pointer(unsafe.SliceData(b))), len(b)/size)
}
