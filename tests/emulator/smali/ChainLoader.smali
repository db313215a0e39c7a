.class public Lt/ChainLoader;
.super Ljava/lang/ClassLoader;

# A class loader the app wrote, put in the app loader's parent chain by reflection on
# ClassLoader.parent (as packers do); its findClass answers for names the app lacks.

.field public static asked:Ljava/lang/String;

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/ClassLoader;-><init>()V
    return-void
.end method

.method protected findClass(Ljava/lang/String;)Ljava/lang/Class;
    .registers 3
    sput-object p1, Lt/ChainLoader;->asked:Ljava/lang/String;
    const-class v0, Lt/Point;
    return-object v0
.end method

# Puts a ChainLoader between the app loader and its parent, then asks the app loader for a
# class nobody defines: returns the name of the class it got (t.Point, from findClass).
.method public static install()Ljava/lang/String;
    .registers 6
    const-class v0, Lt/ChainLoader;
    invoke-virtual {v0}, Ljava/lang/Class;->getClassLoader()Ljava/lang/ClassLoader;
    move-result-object v0
    const-class v1, Ljava/lang/ClassLoader;
    const-string v2, "parent"
    invoke-virtual {v1, v2}, Ljava/lang/Class;->getDeclaredField(Ljava/lang/String;)Ljava/lang/reflect/Field;
    move-result-object v1
    const/4 v2, 0x1
    invoke-virtual {v1, v2}, Ljava/lang/reflect/Field;->setAccessible(Z)V
    invoke-virtual {v1, v0}, Ljava/lang/reflect/Field;->get(Ljava/lang/Object;)Ljava/lang/Object;
    move-result-object v2
    new-instance v3, Lt/ChainLoader;
    invoke-direct {v3}, Lt/ChainLoader;-><init>()V
    invoke-virtual {v1, v3, v2}, Ljava/lang/reflect/Field;->set(Ljava/lang/Object;Ljava/lang/Object;)V
    invoke-virtual {v1, v0, v3}, Ljava/lang/reflect/Field;->set(Ljava/lang/Object;Ljava/lang/Object;)V
    const-string v4, "t.Missing"
    invoke-virtual {v0, v4}, Ljava/lang/ClassLoader;->loadClass(Ljava/lang/String;)Ljava/lang/Class;
    move-result-object v4
    invoke-virtual {v4}, Ljava/lang/Class;->getName()Ljava/lang/String;
    move-result-object v4
    return-object v4
.end method
