class WithDoc:
    """Class doc."""
    def m(self):
        """Method doc."""
    @property
    def p(self):
        """Property doc."""
    def nodoc(self):
        return 1

class NoDoc:
    pass

print(WithDoc.__doc__, WithDoc.m.__doc__, WithDoc().m.__doc__)   # expect: Class doc. Method doc. Method doc.
print(WithDoc.p.__doc__, WithDoc.nodoc.__doc__, NoDoc.__doc__)   # expect: Property doc. None None
print((lambda: 0).__doc__)   # expect: None
