"""A Telegram assistant that quotes what UNESCO recommends on AI in education."""
