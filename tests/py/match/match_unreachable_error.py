print("never printed")
match 5:
    case x:
        print(x)
    case 5:
        print(5)
