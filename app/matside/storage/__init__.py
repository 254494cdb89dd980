"""Where Matside's files are and how they are read and written: no Qt."""
