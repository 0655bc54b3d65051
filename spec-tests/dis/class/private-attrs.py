class A:
    def __init__(self):
        self.__x = 1
        self.__y__ = 2
        self._z = 3
    def get(self):
        return self.__x + self.__y__ + self._z
    def delete(self):
        del self.__x
        self.__x += 1
        self.__x.__y.append(1)
