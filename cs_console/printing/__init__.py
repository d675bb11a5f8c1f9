"""What turns data already read into paper: text layouts, PDF documents, fonts, the CUPS queue.
Only domain objects come in; nothing here reads the database or knows the Context."""
