"""The planner's words, one catalogue module per language (`en`, `es`), each with the same names.

A catalogue is data only, so a career centre adds a language by copying one module and
translating its strings; nothing else in the planner names a language.
"""
