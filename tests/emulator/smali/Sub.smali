.class public Lt/Sub;
.super Lt/Base;

.method static constructor <clinit>()V
    .registers 2
    sget-object v0, Lt/Base;->log:Ljava/lang/StringBuilder;
    const-string v1, "S"
    invoke-virtual {v0, v1}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    return-void
.end method

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Lt/Base;-><init>()V
    return-void
.end method

.method public name()Ljava/lang/String;
    .registers 3
    invoke-super {p0}, Lt/Base;->name()Ljava/lang/String;
    move-result-object v0
    const-string v1, "sub:"
    invoke-virtual {v1, v0}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    return-object v0
.end method

.method public tag()Ljava/lang/String;
    .registers 2
    const-string v0, "!sub-tag"
    return-object v0
.end method
