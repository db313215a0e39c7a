.class public Lt/Base;
.super Ljava/lang/Object;
.implements Lt/Named;

.field public static log:Ljava/lang/StringBuilder;

.method static constructor <clinit>()V
    .registers 2
    new-instance v0, Ljava/lang/StringBuilder;
    invoke-direct {v0}, Ljava/lang/StringBuilder;-><init>()V
    sput-object v0, Lt/Base;->log:Ljava/lang/StringBuilder;
    const-string v1, "B"
    invoke-virtual {v0, v1}, Ljava/lang/StringBuilder;->append(Ljava/lang/String;)Ljava/lang/StringBuilder;
    return-void
.end method

.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method

.method public name()Ljava/lang/String;
    .registers 2
    const-string v0, "base"
    return-object v0
.end method

.method public tag()Ljava/lang/String;
    .registers 2
    const-string v0, "!base-tag"
    return-object v0
.end method
