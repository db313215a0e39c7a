.class public Lt/Token;
.super Lt/Generic;

# class Token extends Generic<List<String>>

.annotation system Ldalvik/annotation/Signature;
    value = {
        "Lt/Generic<",
        "Ljava/util/List<",
        "Ljava/lang/String;",
        ">;>;"
    }
.end annotation

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Lt/Generic;-><init>()V
    return-void
.end method

.method public static describe()Ljava/lang/String;
    .registers 3
    new-instance v0, Lt/Token;
    invoke-direct {v0}, Lt/Token;-><init>()V
    invoke-virtual {v0}, Lt/Generic;->superType()Ljava/lang/String;
    move-result-object v1
    invoke-virtual {v0}, Lt/Generic;->argumentRawType()Ljava/lang/String;
    move-result-object v2
    invoke-virtual {v1, v2}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v1
    return-object v1
.end method
