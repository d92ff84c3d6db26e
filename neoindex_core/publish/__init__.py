"""Presentation: charts, diagrams, Markdown tables, region profile pages and PDFs."""
