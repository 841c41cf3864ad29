// Readers and the write side import only the core; they see JSON values through it.
@_exported import StrictJSON
