"""Use cases: one module per business module, taking and returning frozen DTOs."""
